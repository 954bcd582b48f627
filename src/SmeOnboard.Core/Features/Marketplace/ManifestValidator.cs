using System.Text.Json;
using SmeOnboard.Core.Features.Marketplace.Manifests;

namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>
/// Vets one app: its manifest against the schema, then the checks in code, then the folder around it. Every problem
/// is collected rather than stopping at the first, so a vendor can fix them all in one go.
/// </summary>
public static class ManifestValidator
{
    public const string ManifestFile = "app.json";
    public const string IconFile = "icon.svg";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Vets marketplace/&lt;folder&gt;/app.json and the files beside it.</summary>
    public static ManifestValidation ValidateFolder(string appFolder)
    {
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(appFolder));
        var file = new FileInfo(Path.Combine(appFolder, ManifestFile));
        if (!file.Exists)
        {
            return Refused(folder, "", $"{ManifestFile} is missing");
        }
        if (file.Length > ManifestLimits.MaxFileBytes)
        {
            return Refused(folder, "", $"{ManifestFile} is {file.Length / 1024 / 1024:N0} MB; it is not read above {ManifestLimits.MaxFileBytes / 1024 / 1024} MB");
        }
        var validation = ValidateText(folder, File.ReadAllText(file.FullName));
        var problems = validation.Problems.ToList();
        if (validation.Manifest is { } manifest && manifest.Id != folder)
        {
            problems.Add(new ManifestProblem(folder, "id", $"is \"{manifest.Id}\" but the folder is \"{folder}\"; they must match"));
        }
        if (!File.Exists(Path.Combine(appFolder, IconFile)))
        {
            problems.Add(new ManifestProblem(folder, "", $"{IconFile} is missing beside {ManifestFile}"));
        }
        return new ManifestValidation { Folder = folder, Manifest = validation.Manifest, Json = validation.Json, Problems = problems };
    }

    /// <summary>Vets a manifest's text, e.g. one a vendor uploads; <paramref name="folder"/> only labels the problems.</summary>
    public static ManifestValidation ValidateText(string folder, string json)
    {
        var problems = new List<ManifestProblem>();
        if (json.Length > ManifestLimits.UsualFileBytes)
        {
            problems.Add(new ManifestProblem(folder, "", $"the manifest is {json.Length / 1024:N0} KB; a manifest stays under {ManifestLimits.UsualFileBytes / 1024} KB"));
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException exception)
        {
            problems.Add(new ManifestProblem(folder, "", $"is not valid JSON: {exception.Message}"));
            return new ManifestValidation { Folder = folder, Json = json, Problems = problems };
        }
        using (document)
        {
            problems.AddRange(ManifestSchema.Evaluate(document.RootElement).Select(p => new ManifestProblem(folder, p.Path, p.Reason)));
            var manifest = Read(document.RootElement);
            if (manifest is null)
            {
                // Wrong types everywhere: the schema has said what is wrong; there is nothing to check further.
                return new ManifestValidation { Folder = folder, Json = json, Problems = WithFallback(folder, problems) };
            }
            problems.AddRange(ManifestChecks.Run(manifest, document.RootElement).Select(p => new ManifestProblem(folder, p.Path, p.Reason)));
            return new ManifestValidation { Folder = folder, Manifest = manifest, Json = json, Problems = problems };
        }
    }

    private static AppManifest? Read(JsonElement root)
    {
        try
        {
            return root.Deserialize<AppManifest>(Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<ManifestProblem> WithFallback(string folder, List<ManifestProblem> problems)
    {
        if (problems.Count == 0)
        {
            problems.Add(new ManifestProblem(folder, "", "cannot be read as an app manifest"));
        }
        return problems;
    }

    private static ManifestValidation Refused(string folder, string path, string reason) =>
        new() { Folder = folder, Problems = [new ManifestProblem(folder, path, reason)] };
}
