using System.Text.Json.Serialization;

namespace Tamer.Spec.Host.Ledger;

/// <summary>The ledger's line format: compact JSON, generated serializers.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(LedgerEvent))]
internal sealed partial class LedgerJson : JsonSerializerContext
{
}
