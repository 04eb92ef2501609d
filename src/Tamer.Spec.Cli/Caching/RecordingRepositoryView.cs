using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Cli.Caching;

/// <summary>
/// The repository as the rules see it, remembering each question asked and its answer: a cached
/// result stands only while every answer it was found with is still the same.
/// </summary>
internal sealed class RecordingRepositoryView : IRepositoryView
{
    private readonly IRepositoryView _repository;
    private readonly ConcurrentDictionary<RepositoryQuestion, bool> _asked = new();

    public RecordingRepositoryView(IRepositoryView repository)
    {
        _repository = repository;
    }

    /// <summary>Every question asked so far, with its answer (in no order).</summary>
    public IEnumerable<(RepositoryQuestion Question, bool Answer)> Asked => _asked.Select(p => (p.Key, p.Value));

    /// <summary>True when a rule asked anything.</summary>
    public bool AnyAsked => !_asked.IsEmpty;

    public bool FileExists(string relativePath) => _asked.GetOrAdd(new RepositoryQuestion(relativePath, IsFolder: false), q => _repository.FileExists(q.Path));

    public bool DirectoryExists(string relativePath) => _asked.GetOrAdd(new RepositoryQuestion(relativePath, IsFolder: true), q => _repository.DirectoryExists(q.Path));

    /// <summary>True when the repository answers <paramref name="question"/> with <paramref name="answer"/> today (asked of the repository, not remembered).</summary>
    public bool StillAnswers(RepositoryQuestion question, bool answer) =>
        (question.IsFolder ? _repository.DirectoryExists(question.Path) : _repository.FileExists(question.Path)) == answer;
}

/// <summary>Does this repository-relative file (or folder) exist?</summary>
internal readonly record struct RepositoryQuestion(string Path, bool IsFolder);
