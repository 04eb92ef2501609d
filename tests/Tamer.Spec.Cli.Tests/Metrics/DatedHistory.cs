using System.Diagnostics;
using System.Globalization;

namespace Tamer.Spec.Cli.Tests.Metrics;

/// <summary>A git repository in a temporary folder whose commits carry the dates a test sets.</summary>
internal sealed class DatedHistory : IDisposable
{
    private readonly Tamer.Spec.Testing.TemporaryDirectory _folder = new();

    public DatedHistory()
    {
        Git.Init(Path);
    }

    public string Path => _folder.Path;

    public void Write(string relativePath, string content) => _folder.Write(relativePath, content);

    public void Delete(string relativePath) => File.Delete(System.IO.Path.Combine(Path, relativePath));

    /// <summary>Commits everything as of <paramref name="at"/> (author and committer date); returns the commit's id.</summary>
    public string CommitAt(DateTimeOffset at, string message)
    {
        Git.Ok(Path, "add", "-A");
        var start = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "commit", "-q", "--allow-empty", "-m", message })
        {
            start.ArgumentList.Add(argument);
        }

        var date = at.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
        start.Environment["GIT_AUTHOR_DATE"] = date;
        start.Environment["GIT_COMMITTER_DATE"] = date;
        using (var process = Process.Start(start)!)
        {
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            process.ExitCode.ShouldBe(0, "git commit: " + error.Result);
        }

        return Git.Ok(Path, "rev-parse", "HEAD").Trim();
    }

    public void Dispose() => _folder.Dispose();
}
