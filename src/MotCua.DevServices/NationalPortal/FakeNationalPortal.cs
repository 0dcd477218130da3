using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace MotCua.DevServices.NationalPortal;

/// <summary>A call the fake portal received, in arrival order; <c>Code</c> is the dossier it was about, if any.</summary>
public sealed record PortalCall(string Operation, string? Code, int? Sequence, int? Status, int HttpStatus, DateTimeOffset At);

/// <summary>A tiến trình line as the portal stored it.</summary>
public sealed record PortalProgressLine(int Sequence, string Trigger, string Action, string Actor, string At, int Status, string? Note);

/// <summary>A dossier as the portal knows it: created by MotCua's sync, or submitted on the portal (<c>PortalId</c> set).</summary>
public sealed record PortalDossierRecord(
    string Code,
    string? PortalId,
    string? ProcedureCode,
    int? Channel,
    string? ApplicantName,
    string? ApplicantIdentifier,
    int Status,
    IReadOnlyList<PortalProgressLine> Progress,
    IReadOnlyList<int> StatusHistory);

public sealed record PortalSubmissionParty(string Kind, string Name, string Identifier, string? Address = null, string? Phone = null, string? Email = null);

public sealed record PortalSubmissionFile(int Number, string FileName, string ContentType, byte[] Content);

/// <summary>A dossier a citizen submitted on the national portal, to be sent into MotCua.</summary>
public sealed record PortalSubmission(
    string PortalId,
    string ProcedureCode,
    PortalSubmissionParty Applicant,
    IReadOnlyList<PortalSubmissionFile> Components,
    PortalSubmissionParty? Representative = null,
    string? RequestSummary = "Nộp trực tuyến trên Cổng Dịch vụ công quốc gia",
    bool VerifiedWithVneid = true);

/// <summary>MotCua's answer to a submission: <c>Code</c> is MotCua's dossier code when it accepted it.</summary>
public sealed record PortalSubmissionResult(HttpStatusCode Status, string? Code, string Body);

/// <summary>
/// The national public-service portal (Cổng DVCQG) as MotCua meets it: an OAuth 2.0 client-credentials token endpoint
/// with expiring tokens, the dossier sync API (create, tiến trình, TrangThaiHoSo, look-up), and the portal's own
/// submissions sent into MotCua's connector. Its controls let a test or a demo break it on purpose.
/// </summary>
public sealed class FakeNationalPortal
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Record> _dossiers = new(StringComparer.Ordinal);
    private readonly List<PortalCall> _calls = [];
    private readonly List<Fault> _faults = [];
    private int _submissions;

    public FakeNationalPortal(TimeProvider time)
    {
        _time = time;
        MotCuaClientSecret = NewSecret();
        PortalClientSecret = NewSecret();
    }

    /// <summary>The client id MotCua signs in with to this portal (client credentials).</summary>
    public string MotCuaClientId { get; } = "motcua-dev";

    public string MotCuaClientSecret { get; }

    /// <summary>The portal's own credentials at MotCua (a system client with scope dossiers:submit).</summary>
    public string PortalClientId { get; } = "dvcqg-dev";

    public string PortalClientSecret { get; }

    /// <summary>How long an access token lives; tests shorten it or expire every token with <see cref="ExpireTokens"/>.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Where the demo page sends the portal's submissions (MotCua in demo mode).</summary>
    public Uri MotCuaAddress { get; set; } = new("http://localhost:5080/");

    /// <summary>While true, the token endpoint refuses MotCua's credentials (as after a rotation on the portal's side).</summary>
    public bool RejectCredentials { get; set; }

    public int TokensIssued
    {
        get
        {
            lock (_gate)
            {
                return _calls.Count(c => c.Operation == "token" && c.HttpStatus == 200);
            }
        }
    }

    /// <summary>The next <paramref name="count"/> calls (about <paramref name="code"/> only, when given) answer 500.</summary>
    public void FailNext(int count, string? code = null) => AddFault(count, code, FaultKind.ServerError);

    /// <summary>Disarms every fault still waiting for calls about <paramref name="code"/>: the portal is healthy again.</summary>
    public void Heal(string code)
    {
        lock (_gate)
        {
            _faults.RemoveAll(f => f.Code == code);
        }
    }

    /// <summary>The next <paramref name="count"/> calls (about <paramref name="code"/> only, when given) never answer.</summary>
    public void TimeOutNext(int count, string? code = null) => AddFault(count, code, FaultKind.Hang);

    /// <summary>Every token issued so far stops working: the next call with one gets 401.</summary>
    public void ExpireTokens()
    {
        lock (_gate)
        {
            _tokens.Clear();
        }
    }

    /// <summary>Changes a dossier's status on the portal's side only (for reconciliation demos and tests).</summary>
    public void OverwriteStatus(string code, int status)
    {
        lock (_gate)
        {
            _dossiers[code].Status = status;
        }
    }

    public IReadOnlyList<PortalCall> Received(string? code = null)
    {
        lock (_gate)
        {
            return [.. _calls.Where(c => code is null || c.Code == code)];
        }
    }

    public PortalDossierRecord? Find(string code)
    {
        lock (_gate)
        {
            return _dossiers.TryGetValue(code, out var record) ? record.Snapshot() : null;
        }
    }

    public IReadOnlyList<PortalDossierRecord> Dossiers()
    {
        lock (_gate)
        {
            return [.. _dossiers.Values.Select(d => d.Snapshot())];
        }
    }

    /// <summary>A new identifier in the portal's style (MaHoSo on DVCQG).</summary>
    public string NewPortalId() =>
        $"QG-{_time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)):yyMMdd}-{Interlocked.Increment(ref _submissions):000000}-{RandomNumberGenerator.GetHexString(4)}";

    /// <summary>
    /// Sends a dossier submitted on the portal into MotCua's connector with the portal's credentials, as the real
    /// portal does; on success the portal links its identifier to MotCua's dossier code.
    /// </summary>
    public async Task<PortalSubmissionResult> SubmitToMotCuaAsync(HttpClient motCua, PortalSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(motCua);
        ArgumentNullException.ThrowIfNull(submission);
        return await SubmitToMotCuaAsync(motCua, submission, $"{PortalClientId}.{PortalClientSecret}", cancellationToken);
    }

    /// <summary>The same with credentials of the caller's choosing (tampered, unknown, expired).</summary>
    public async Task<PortalSubmissionResult> SubmitToMotCuaAsync(HttpClient motCua, PortalSubmission submission, string? credential, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(motCua);
        ArgumentNullException.ThrowIfNull(submission);
        var body = new
        {
            portalId = submission.PortalId,
            procedureCode = submission.ProcedureCode,
            applicant = Party(submission.Applicant),
            representative = submission.Representative is { } r ? Party(r) : null,
            requestSummary = submission.RequestSummary,
            components = submission.Components.Select(c => new { number = c.Number, fileName = c.FileName, contentType = c.ContentType, contentBase64 = Convert.ToBase64String(c.Content) }),
            verifiedWithVneid = submission.VerifiedWithVneid,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/national-portal/dossiers") { Content = JsonContent.Create(body) };
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        using var response = await motCua.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        string? code = null;
        if (response.IsSuccessStatusCode)
        {
            code = JsonDocument.Parse(text).RootElement.GetProperty("code").GetString();
            lock (_gate)
            {
                if (code is not null && !_dossiers.ContainsKey(code))
                {
                    _dossiers[code] = new Record(code)
                    {
                        PortalId = submission.PortalId,
                        ProcedureCode = submission.ProcedureCode,
                        Channel = 2,
                        ApplicantName = submission.Applicant.Name,
                        ApplicantIdentifier = submission.Applicant.Identifier,
                        Status = 1,
                    };
                }
            }
        }

        Log("submit-to-motcua", code, null, null, (int)response.StatusCode);
        return new PortalSubmissionResult(response.StatusCode, code, text);

        static object Party(PortalSubmissionParty p) => new { kind = p.Kind, name = p.Name, identifier = p.Identifier, address = p.Address, phone = p.Phone, email = p.Email };
    }

    internal WireToken? IssueToken(string? clientId, string? clientSecret)
    {
        var ok = !RejectCredentials && clientId == MotCuaClientId && clientSecret is not null
            && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(clientSecret), System.Text.Encoding.UTF8.GetBytes(MotCuaClientSecret));
        Log("token", null, null, null, ok ? 200 : 401);
        if (!ok)
        {
            return null;
        }

        var token = NewSecret();
        lock (_gate)
        {
            _tokens[token] = _time.GetUtcNow() + TokenLifetime;
        }

        return new WireToken(token, "Bearer", (int)TokenLifetime.TotalSeconds);
    }

    internal bool Accepts(string? token)
    {
        lock (_gate)
        {
            return token is not null && _tokens.TryGetValue(token, out var expires) && expires > _time.GetUtcNow();
        }
    }

    /// <summary>Takes the first armed fault that applies to a call about <paramref name="code"/>.</summary>
    internal FaultKind? TakeFault(string? code)
    {
        lock (_gate)
        {
            var fault = _faults.FirstOrDefault(f => f.Remaining > 0 && (f.Code is null || f.Code == code));
            if (fault is null)
            {
                return null;
            }

            fault.Remaining--;
            return fault.Kind;
        }
    }

    internal int Create(WireDossier dossier)
    {
        lock (_gate)
        {
            if (_dossiers.TryGetValue(dossier.Code, out var existing) && existing.ProcedureCode is not null && existing.PortalId is null)
            {
                return Logged("create", dossier.Code, null, dossier.Status, 200);
            }

            var record = existing ?? new Record(dossier.Code) { Status = dossier.Status };
            record.ProcedureCode = dossier.ProcedureCode;
            record.Channel = dossier.Channel;
            record.ApplicantName = dossier.Applicant.Name;
            record.ApplicantIdentifier = dossier.Applicant.Identifier;
            _dossiers[dossier.Code] = record;
            return Logged("create", dossier.Code, null, dossier.Status, existing is null ? 201 : 200);
        }
    }

    internal int AddProgress(string code, WireProgress progress)
    {
        lock (_gate)
        {
            if (!_dossiers.TryGetValue(code, out var record))
            {
                return Logged("progress", code, progress.Sequence, progress.Status, 404);
            }

            // One line per STT: a resent line is acknowledged, not stored twice.
            if (record.Progress.Any(p => p.Sequence == progress.Sequence))
            {
                return Logged("progress", code, progress.Sequence, progress.Status, 200);
            }

            record.Progress.Add(new PortalProgressLine(progress.Sequence, progress.Trigger, progress.Action, progress.Actor, progress.At, progress.Status, progress.Note));
            return Logged("progress", code, progress.Sequence, progress.Status, 201);
        }
    }

    internal int UpdateStatus(string code, WireStatus status)
    {
        lock (_gate)
        {
            if (!_dossiers.TryGetValue(code, out var record))
            {
                return Logged("status", code, status.Sequence, status.Status, 404);
            }

            if (status.Status is < 1 or > 10)
            {
                return Logged("status", code, status.Sequence, status.Status, 400);
            }

            // An older line arriving late never overwrites a newer status.
            if (status.Sequence > record.StatusSequence)
            {
                record.Status = status.Status;
                record.StatusSequence = status.Sequence;
                record.StatusHistory.Add(status.Status);
            }

            return Logged("status", code, status.Sequence, status.Status, 200);
        }
    }

    internal WireLookupResult LookUp(IReadOnlyList<string> codes)
    {
        lock (_gate)
        {
            Log("lookup", null, null, null, 200);
            return new WireLookupResult([.. codes.Where(_dossiers.ContainsKey).Select(c => new WireDossierState(c, _dossiers[c].Status))]);
        }
    }

    internal void Log(string operation, string? code, int? sequence, int? status, int httpStatus)
    {
        lock (_gate)
        {
            _calls.Add(new PortalCall(operation, code, sequence, status, httpStatus, _time.GetUtcNow()));
        }
    }

    private int Logged(string operation, string? code, int? sequence, int? status, int httpStatus)
    {
        _calls.Add(new PortalCall(operation, code, sequence, status, httpStatus, _time.GetUtcNow()));
        return httpStatus;
    }

    private void AddFault(int count, string? code, FaultKind kind)
    {
        lock (_gate)
        {
            _faults.Add(new Fault(code, kind) { Remaining = count });
        }
    }

    private static string NewSecret() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    internal enum FaultKind
    {
        ServerError,
        Hang,
    }

    private sealed class Fault(string? code, FaultKind kind)
    {
        public string? Code { get; } = code;

        public FaultKind Kind { get; } = kind;

        public int Remaining { get; set; }
    }

    private sealed class Record(string code)
    {
        public string Code { get; } = code;

        public string? PortalId { get; init; }

        public string? ProcedureCode { get; set; }

        public int? Channel { get; set; }

        public string? ApplicantName { get; set; }

        public string? ApplicantIdentifier { get; set; }

        public int Status { get; set; }

        public int StatusSequence { get; set; }

        public List<PortalProgressLine> Progress { get; } = [];

        public List<int> StatusHistory { get; } = [];

        public PortalDossierRecord Snapshot() =>
            new(Code, PortalId, ProcedureCode, Channel, ApplicantName, ApplicantIdentifier, Status, [.. Progress.OrderBy(p => p.Sequence)], [.. StatusHistory]);
    }
}
