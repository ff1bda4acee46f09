using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace ClaimsGraph.Api.Ide;

/// <summary>Finds the IDE's static build; <see cref="Provider"/> is null when it was not installed (npm missing).</summary>
public sealed class BananaCakePopFiles
{
    public BananaCakePopFiles(IOptions<IdeOptions> options, IWebHostEnvironment environment, ILogger<BananaCakePopFiles> logger)
    {
        var candidates = new[]
        {
            options.Value.Path,
            System.IO.Path.Combine(AppContext.BaseDirectory, "ide"),
            System.IO.Path.Combine(environment.ContentRootPath, "Ide", "node_modules", "@chillicream", "bananacakepop-graphql-ide"),
        };
        var folder = candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(System.IO.Path.Combine(c, "index.html")));
        if (folder is null)
        {
            logger.LogWarning("Banana Cake Pop is not installed (run npm ci in src/ClaimsGraph.Api/Ide); GET /graphql/ answers 503.");
            return;
        }
        Folder = folder;
        Provider = new PhysicalFileProvider(folder);
    }

    public string? Folder { get; }

    public IFileProvider? Provider { get; }
}
