using System.Text.Json.Nodes;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>
/// Keeps the photos, files and signatures of submitted workspace forms. Storing replaces each checked upload in the
/// values by its reference { fileId, name, contentType, size }; reading answers only the acting firm's files, so
/// another firm's file reads as missing.
/// </summary>
public sealed class FormFileStore(IDbConnectionFactory db, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>
    /// Stores every upload in <paramref name="values"/> (as <see cref="FormValues.Check"/> returned them) and answers the
    /// values with references in their place.
    /// </summary>
    public async Task<JsonObject> StoreAsync(string formKey, TemplateForm form, JsonObject values, CancellationToken cancellationToken = default)
    {
        var stored = values.DeepClone().AsObject();
        var uploads = form.Fields
            .Where(f => FormFileValues.IsFileType(f.Type) && stored[f.Name] is JsonObject { } upload && upload["content"] is not null)
            .ToList();
        if (uploads.Count == 0)
            return stored;
        var orgId = actor.RequireOrganisationId();
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var field in uploads)
        {
            var upload = stored[field.Name]!.AsObject();
            var content = Convert.FromBase64String(upload["content"]!.GetValue<string>());
            var id = Guid.CreateVersion7();
            var name = upload["name"]!.GetValue<string>();
            var contentType = upload["contentType"]!.GetValue<string>();
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO workspace_form_files (id, org_id, form_key, field, file_name, content_type, content, size_bytes, created_at, created_by)
                VALUES (@id, @orgId, @formKey, @field, @name, @contentType, @content, @size, @now, @userId)
                """,
                new { id, orgId, formKey, field = field.Name, name, contentType, content, size = (long)content.Length, now, userId = actor.UserId },
                transaction, cancellationToken: cancellationToken));
            stored[field.Name] = Reference(id, name, contentType, content.Length);
        }
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>The acting firm's file <paramref name="fileId"/> with its bytes, or null (also for another firm's file).</summary>
    public async Task<FormFile?> FindAsync(Guid fileId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<FormFile>(new CommandDefinition(
            $"SELECT {FormFile.Columns} FROM workspace_form_files WHERE id = @fileId AND org_id = @orgId",
            new { fileId, orgId = actor.RequireOrganisationId() }, cancellationToken: cancellationToken));
    }

    /// <summary>The value a form keeps for a stored file.</summary>
    public static JsonObject Reference(Guid fileId, string name, string contentType, long size) => new()
    {
        ["fileId"] = fileId.ToString(),
        ["name"] = name,
        ["contentType"] = contentType,
        ["size"] = size,
    };
}
