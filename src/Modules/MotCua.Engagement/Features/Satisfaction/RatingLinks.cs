using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MotCua.Engagement.Contracts;
using MotCua.Kernel.Results;

namespace MotCua.Engagement.Features.Satisfaction;

/// <summary>
/// Signs and checks rating links: <c>base64url(expiry seconds ‖ code) . base64url(HMAC-SHA256)</c>. A link names one
/// dossier only, so a leaked link lets someone rate that dossier until it expires and nothing else.
/// </summary>
internal sealed partial class RatingLinks : IRatingLinks
{
    public const string Route = "/danh-gia/";
    private const int MinimumKeyBytes = 32;
    private const string Refused = "Đường dẫn đánh giá không hợp lệ hoặc đã bị thay đổi. Vui lòng dùng đúng đường dẫn trong tin nhắn, hoặc đánh giá tại Cổng dịch vụ công hay tại quầy.";

    private readonly byte[] _key;
    private readonly SatisfactionOptions _options;
    private readonly TimeProvider _time;

    public RatingLinks(IOptions<SatisfactionOptions> options, TimeProvider time, IHostEnvironment environment, ILogger<RatingLinks> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _options = options.Value;
        _time = time;
        if (!string.IsNullOrWhiteSpace(_options.LinkKey))
        {
            _key = Convert.FromBase64String(_options.LinkKey);
            if (_key.Length < MinimumKeyBytes)
            {
                throw new InvalidOperationException($"Satisfaction:LinkKey must be at least {MinimumKeyBytes} bytes (base64).");
            }
        }
        else if (environment.IsProduction())
        {
            throw new InvalidOperationException("Satisfaction:LinkKey is required in Production: rating links sent by SMS are signed with it.");
        }
        else
        {
            // Demo and tests: links live as long as the process, which is all they need.
            _key = RandomNumberGenerator.GetBytes(MinimumKeyBytes);
            LogGeneratedKey(logger);
        }
    }

    public Uri LinkFor(string dossierCode) => new(_options.PublicBaseUrl, Route.TrimStart('/') + Issue(dossierCode, _time.GetUtcNow().AddDays(_options.LinkValidDays)));

    public string Issue(string dossierCode, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dossierCode);
        var code = Encoding.UTF8.GetBytes(dossierCode);
        var payload = new byte[sizeof(long) + code.Length];
        BinaryPrimitives.WriteInt64BigEndian(payload, expiresAt.ToUnixTimeSeconds());
        code.CopyTo(payload, sizeof(long));
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>The dossier code of a genuine, unexpired link; a refusal otherwise (which one is not told to a forger).</summary>
    public Result<string> Read(string? token)
    {
        var parts = (token ?? string.Empty).Split('.');
        if (parts.Length != 2 || parts[0].Length is 0 or > 200 || parts[1].Length is 0 or > 64)
        {
            return Error.NotFound("rating-link-invalid", Refused);
        }

        byte[] payload;
        byte[] signature;
        try
        {
            payload = Base64Url.DecodeFromChars(parts[0]);
            signature = Base64Url.DecodeFromChars(parts[1]);
        }
        catch (FormatException)
        {
            return Error.NotFound("rating-link-invalid", Refused);
        }

        if (payload.Length <= sizeof(long) || !CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_key, payload), signature))
        {
            return Error.NotFound("rating-link-invalid", Refused);
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload));
        if (_time.GetUtcNow() > expiresAt)
        {
            return Error.Conflict(
                "rating-link-expired",
                "Đường dẫn đánh giá đã hết hạn. Ông/bà vẫn có thể đánh giá tại Cổng dịch vụ công (mục Hồ sơ của tôi) hoặc tại quầy Một cửa.");
        }

        return Encoding.UTF8.GetString(payload, sizeof(long), payload.Length - sizeof(long));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Satisfaction:LinkKey is not set: a key was generated for this run; rating links will not survive a restart.")]
    private static partial void LogGeneratedKey(ILogger logger);
}
