using System.Globalization;

namespace SmeOnboard.Core.Features.Templates;

/// <summary>Recursive descent over the formula text; throws FormatException naming the position of the first problem.</summary>
internal sealed class FormulaParser(string text)
{
    private static readonly string[] Aggregates = ["SUM", "AVG", "MIN", "MAX", "COUNT", "COUNTIF"];
    private readonly List<string> _columns = [];
    private int _position;
    private int _aggregateDepth;

    public IReadOnlyList<string> Columns => _columns;

    public FormulaNode ParseFormula()
    {
        var node = ParseSum();
        SkipSpace();
        if (_position < text.Length)
            throw Error($"Unexpected '{text[_position]}'");
        return node;
    }

    private FormulaNode ParseSum()
    {
        var node = ParseProduct();
        while (TryTake('+', '-') is { } op)
            node = new BinaryNode(op, node, ParseProduct());
        return node;
    }

    private FormulaNode ParseProduct()
    {
        var node = ParseUnary();
        while (TryTake('*', '/', '×', '÷') is { } op)
            node = new BinaryNode(op is '×' ? '*' : op is '÷' ? '/' : op, node, ParseUnary());
        return node;
    }

    private FormulaNode ParseUnary() => TryTake('-') is not null ? new NegateNode(ParseUnary()) : ParsePrimary();

    private FormulaNode ParsePrimary()
    {
        SkipSpace();
        if (_position >= text.Length)
            throw Error("The formula ends where a number, column or function was expected");
        var c = text[_position];
        if (c == '(')
        {
            _position++;
            var inner = ParseSum();
            Expect(')');
            return inner;
        }
        if (char.IsDigit(c) || c == '.')
            return new NumberNode(ReadNumber());
        if (char.IsLetter(c) || c == '_')
            return ParseName();
        throw Error($"Unexpected '{c}'");
    }

    private FormulaNode ParseName()
    {
        var start = _position;
        var name = ReadName();
        SkipSpace();
        if (_position < text.Length && text[_position] == '(')
            return ParseFunction(name.ToUpperInvariant(), start);
        if (_aggregateDepth == 0)
            throw Error($"Column '{name}' must be inside SUM, AVG, MIN, MAX or COUNT", start);
        _columns.Add(name);
        return new ColumnNode(name);
    }

    private FormulaNode ParseFunction(string function, int start)
    {
        if (!Aggregates.Contains(function))
            throw Error($"Unknown function '{function}' (known: {string.Join(", ", Aggregates)})", start);
        if (_aggregateDepth > 0)
            throw Error($"{function} cannot be inside another aggregate", start);
        _position++;
        _aggregateDepth++;
        FormulaNode node;
        if (function is "COUNT" or "COUNTIF")
        {
            SkipSpace();
            var column = ReadName();
            _columns.Add(column);
            if (function == "COUNTIF")
            {
                Expect(',');
                node = new CountIfNode(column, ReadString());
            }
            else
            {
                node = new AggregateNode(function, new ColumnNode(column));
            }
        }
        else
        {
            node = new AggregateNode(function, ParseSum());
        }
        Expect(')');
        _aggregateDepth--;
        return node;
    }

    private string ReadName()
    {
        var start = _position;
        while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] == '_'))
            _position++;
        if (_position == start)
            throw Error("A column name was expected");
        return text[start.._position];
    }

    private double ReadNumber()
    {
        var start = _position;
        while (_position < text.Length && (char.IsDigit(text[_position]) || text[_position] == '.'))
            _position++;
        return double.TryParse(text.AsSpan(start, _position - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"'{text[start.._position]}' is not a number", start);
    }

    private string ReadString()
    {
        SkipSpace();
        if (_position >= text.Length || text[_position] != '\'')
            throw Error("A quoted value such as 'open' was expected");
        var end = text.IndexOf('\'', _position + 1);
        if (end < 0)
            throw Error("The quoted value is not closed");
        var value = text[(_position + 1)..end];
        _position = end + 1;
        return value;
    }

    private char? TryTake(params char[] options)
    {
        SkipSpace();
        if (_position < text.Length && options.Contains(text[_position]))
            return text[_position++];
        return null;
    }

    private void Expect(char c)
    {
        if (TryTake(c) is null)
            throw Error(_position < text.Length ? $"'{c}' expected, found '{text[_position]}'" : $"'{c}' expected at the end");
    }

    private void SkipSpace()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            _position++;
    }

    private FormatException Error(string message, int? at = null) =>
        new($"{message} at character {(at ?? _position) + 1} of '{text}'.");
}
