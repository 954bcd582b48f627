namespace SmeOnboard.Core.Features.Templates;

/// <summary>The types a template table's column can have; sample data must match them.</summary>
public enum ColumnType
{
    Text,
    Number,
    Integer,
    Date,
    DateTime,
    Boolean,
    Choice,
}
