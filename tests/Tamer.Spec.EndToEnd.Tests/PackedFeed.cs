using System.Globalization;
using System.Xml.Linq;
using Tamer.Spec.Testing;

[assembly: AssemblyFixture(typeof(Tamer.Spec.EndToEnd.Tests.PackedFeed))]

namespace Tamer.Spec.EndToEnd.Tests;

/// <summary>
/// Every shipped package, packed once per test run by <c>build/pack.sh</c>'s command (the
/// solution, in Release) into a
/// temporary folder that serves as a local feed, with a version no earlier run used (NuGet's
/// package cache never serves a stale copy). Consumers get their own folder, with a
/// <c>nuget.config</c> that lists this feed and the repository's own sources, and one packages
/// folder shared by the run.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public PackedFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "tamer-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Version = "1.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Random.Shared.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
        PackOutcome = ProcessRun.Dotnet(RepositoryPaths.Root, "pack", Path.Combine(RepositoryPaths.Root, "Tamer.Spec.sln"), "-c", "Release", "-o", Feed, "-nologo", "-p:Version=" + Version);
    }

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string Version { get; }

    public ProcessOutcome PackOutcome { get; }

    /// <summary>The path of a package of this run.</summary>
    public string PackagePath(string id, string extension = ".nupkg") => Path.Combine(Feed, id + "." + Version + extension);

    /// <summary>A new folder for a consumer, with a nuget.config that finds this run's packages.</summary>
    public string NewConsumer(string name)
    {
        PackOutcome.ExitCode.ShouldBe(0, "packing failed:\n" + PackOutcome);
        var folder = Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(folder);
        var sources = XDocument.Load(Path.Combine(RepositoryPaths.Root, "nuget.config")).Descendants("packageSources").Elements("add")
            .Select(e => new XElement("add", new XAttribute("key", (string)e.Attribute("key")!), new XAttribute("value", (string)e.Attribute("value")!)));
        var config = new XDocument(
            new XElement("configuration",
                new XElement("packageSources", new XElement("clear"), new XElement("add", new XAttribute("key", "tamer-e2e"), new XAttribute("value", Feed)), sources),
                new XElement("config", new XElement("add", new XAttribute("key", "globalPackagesFolder"), new XAttribute("value", Packages)))));
        config.Save(Path.Combine(folder, "nuget.config"));
        return folder;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is not worth failing the run for.
        }
    }
}
