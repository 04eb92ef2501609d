namespace Tamer.Spec.Host.Contracts;

/// <summary>
/// Another Work Item a diagnostic is about, in the shape of <c>relatedWorkItems</c> in
/// <c>tamer-lint --format json</c>: its id, its status and the path the two share.
/// </summary>
internal sealed record RelatedWorkItemItem(string Id, string Status, string SharedPath);
