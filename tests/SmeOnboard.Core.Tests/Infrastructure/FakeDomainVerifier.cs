using System.Collections.Concurrent;
using SmeOnboard.Core.Features.Vendors;

namespace SmeOnboard.Core.Tests.Infrastructure;

/// <summary>
/// DNS and websites as a test arranges them: TXT records and well-known files per domain, or a domain that does not
/// answer. Judged by <see cref="DomainProof"/> exactly as the production verifier judges real lookups.
/// </summary>
internal sealed class FakeDomainVerifier : IDomainVerifier
{
    private readonly ConcurrentDictionary<string, string[]> _txt = new();
    private readonly ConcurrentDictionary<string, string> _files = new();
    private readonly ConcurrentDictionary<string, bool> _unreachable = new();

    public void PublishTxt(string domain, params string[] values) => _txt[domain] = values;

    public void PublishFile(string domain, string content) => _files[domain] = content;

    public void MakeUnreachable(string domain) => _unreachable[domain] = true;

    public Task<DomainCheck> CheckAsync(string domain, string token, CancellationToken cancellationToken = default)
    {
        if (_unreachable.ContainsKey(domain))
        {
            return Task.FromResult(DomainProof.Judge(domain, token,
                DomainLookup.Failed("DNS: no name server answered"), DomainLookup.Failed($"HTTPS: connection to {domain}:443 refused")));
        }
        var txt = _txt.TryGetValue(domain, out var records) ? DomainLookup.Found(records) : DomainLookup.Absent;
        var file = _files.TryGetValue(domain, out var content) ? DomainLookup.Found(content) : DomainLookup.Absent;
        return Task.FromResult(DomainProof.Judge(domain, token, txt, file));
    }
}
