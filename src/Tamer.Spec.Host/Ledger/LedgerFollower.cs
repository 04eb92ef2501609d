using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tamer.Spec.Host.Assignments;

namespace Tamer.Spec.Host.Ledger;

/// <summary>
/// For a ledger several hosts share: reads the events the other hosts appended, every
/// <see cref="Interval"/>, so this host's answers to reads follow theirs. A database that is down
/// is logged once, and its return once; reads keep answering from the last state seen.
/// </summary>
internal sealed partial class LedgerFollower : BackgroundService
{
    /// <summary>How often the ledger is read for other hosts' events.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private readonly Orchestrator _orchestrator;
    private readonly ILedger _ledger;
    private readonly ILogger _logger;

    public LedgerFollower(Orchestrator orchestrator, ILedger ledger, ILogger<LedgerFollower> logger)
    {
        _orchestrator = orchestrator;
        _ledger = ledger;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_ledger.IsShared)
        {
            return;
        }

        var down = false;
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await _orchestrator.CatchUpAsync(stoppingToken).ConfigureAwait(false);
                if (down)
                {
                    down = false;
                    LogBack(_logger, _ledger.Description);
                }
            }
            catch (LedgerUnavailableException exception)
            {
                if (!down)
                {
                    down = true;
                    LogDown(_logger, exception.Message);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Reason}; state changes answer 503 until it is back, reads answer from the last state seen")]
    private static partial void LogDown(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ledger {Ledger} is back")]
    private static partial void LogBack(ILogger logger, string ledger);
}
