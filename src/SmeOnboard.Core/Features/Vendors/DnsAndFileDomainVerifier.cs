using System.Net;
using DnsClient;

namespace SmeOnboard.Core.Features.Vendors;

/// <summary>The production verifier: reads the TXT record through DnsClient and the well-known file over HTTPS.</summary>
public sealed class DnsAndFileDomainVerifier(HttpClient http, ILookupClient dns) : IDomainVerifier
{
    private const int MaxFileBytes = 1024;

    public async Task<DomainCheck> CheckAsync(string domain, string token, CancellationToken cancellationToken = default)
    {
        var txt = await LookUpTxtAsync(domain, cancellationToken);
        var file = await FetchFileAsync(domain, cancellationToken);
        return DomainProof.Judge(domain, token, txt, file);
    }

    private async Task<DomainLookup> LookUpTxtAsync(string domain, CancellationToken cancellationToken)
    {
        try
        {
            var response = await dns.QueryAsync(DomainProof.RecordName(domain), QueryType.TXT, QueryClass.IN, cancellationToken);
            if (response.HasError)
            {
                return response.Header.ResponseCode == DnsHeaderResponseCode.NotExistentDomain
                    ? DomainLookup.Absent
                    : DomainLookup.Failed($"DNS: {response.ErrorMessage}");
            }
            return new DomainLookup(response.Answers.TxtRecords().Select(r => string.Concat(r.Text)).ToList());
        }
        catch (DnsResponseException exception)
        {
            return DomainLookup.Failed($"DNS: {exception.Message}");
        }
    }

    private async Task<DomainLookup> FetchFileAsync(string domain, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(DomainProof.FileUrl(domain), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return DomainLookup.Absent;
            }
            if (!response.IsSuccessStatusCode)
            {
                return DomainLookup.Failed($"HTTPS: {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            // Only the first kilobyte: the token is short, and a huge page must not be read into memory.
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[MaxFileBytes];
            var read = await stream.ReadAtLeastAsync(buffer, MaxFileBytes, throwOnEndOfStream: false, cancellationToken);
            return DomainLookup.Found(System.Text.Encoding.UTF8.GetString(buffer, 0, read));
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return DomainLookup.Failed($"HTTPS: {exception.Message}");
        }
    }
}
