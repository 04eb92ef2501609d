using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Benchmarks;

/// <summary>
/// A git history for the metrics command to walk: the generator's corpus brought in over a number
/// of commits spread evenly over a number of weeks. The first half of the commits each add an equal
/// share of the Work Items; each commit of the second half changes as many Work Items, picked at
/// random (seeded): one of them is marked done, the others get a line of notes. Written with one
/// <c>git fast-import</c>, so that thousands of commits take seconds.
/// </summary>
internal sealed class HistoryGenerator
{
    private static readonly DateTimeOffset FirstCommit = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);
    private readonly CorpusGenerator _corpus;
    private readonly int _commits;
    private readonly int _weeks;
    private readonly Random _random;

    public HistoryGenerator(CorpusGenerator corpus, int commits, int weeks, int seed)
    {
        _corpus = corpus;
        _commits = commits;
        _weeks = weeks;
        _random = new Random(seed);
    }

    /// <summary>Writes the repository to <paramref name="folder"/> (emptied first); returns how many Work Items its last commit holds.</summary>
    public int WriteTo(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        Git(folder, null, "init", "-q", "-b", "main");
        var items = _corpus.Generate().ToList();
        var contents = items.Select(i => i.Bytes).ToArray();
        var adding = Math.Max(1, _commits / 2);
        var perCommit = (int)Math.Ceiling(items.Count / (double)adding);
        var span = TimeSpan.FromDays(7 * _weeks) - TimeSpan.FromHours(1);
        using var stream = new MemoryStream();
        var added = 0;
        for (var commit = 0; commit < _commits; commit++)
        {
            var changes = new List<int>();
            if (commit < adding)
            {
                for (var i = 0; i < perCommit && added < items.Count; i++)
                {
                    changes.Add(added++);
                }
            }
            else
            {
                for (var i = 0; i < perCommit && added > 0; i++)
                {
                    var index = _random.Next(added);
                    contents[index] = i == 0 ? MarkedDone(contents[index]) : WithNote(contents[index], commit);
                    changes.Add(index);
                }
            }

            var at = FirstCommit + (span * commit / Math.Max(1, _commits - 1));
            Write(stream, "commit refs/heads/main\n");
            Write(stream, "committer Bench <bench@tamer.invalid> " + at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + " +0000\n");
            Data(stream, Encoding.UTF8.GetBytes("commit " + commit.ToString(CultureInfo.InvariantCulture) + "\n"));
            foreach (var index in changes.Distinct())
            {
                Write(stream, "M 100644 inline " + items[index].Path + "\n");
                Data(stream, contents[index]);
            }

            Write(stream, "\n");
        }

        Git(folder, stream.ToArray(), "fast-import", "--quiet");
        Git(folder, null, "reset", "-q", "--hard", "main");
        return added;
    }

    private static byte[] MarkedDone(byte[] content)
    {
        var text = Encoding.UTF8.GetString(content);
        var status = text.IndexOf("\nstatus: ", StringComparison.Ordinal);
        if (status < 0)
        {
            return content;
        }

        var end = text.IndexOf('\n', status + 1);
        return Encoding.UTF8.GetBytes(text[..(status + 1)] + "status: done" + text[end..]);
    }

    private static byte[] WithNote(byte[] content, int commit) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(content).TrimEnd('\n') + "\n\nNote from change " + commit.ToString(CultureInfo.InvariantCulture) + ".\n");

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    private static void Data(Stream stream, byte[] bytes)
    {
        Write(stream, "data " + bytes.Length.ToString(CultureInfo.InvariantCulture) + "\n");
        stream.Write(bytes);
        Write(stream, "\n");
    }

    private static void Git(string folder, byte[]? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardInput = input is not null, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("git " + arguments[0] + " failed: " + error.Result);
        }
    }
}
