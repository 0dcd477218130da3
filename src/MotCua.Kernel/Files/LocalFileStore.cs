using System.Security.Cryptography;

namespace MotCua.Kernel.Files;

/// <summary>Files under a directory on local disk; keys are relative paths "folder/yyyy/MM/guid-name".</summary>
public sealed class LocalFileStore(string root, TimeProvider time) : IFileStore
{
    private readonly string _root = Path.GetFullPath(root);

    public async Task<StoredFile> SaveAsync(string folder, string fileName, string contentType, Stream content, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var safeName = string.Concat(Path.GetFileName(fileName).Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
        var key = $"{Sanitize(folder)}/{now:yyyy}/{now:MM}/{Guid.CreateVersion7():N}-{safeName}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long length = 0;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                length += read;
            }
        }

        return new StoredFile(key, fileName, contentType, length, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        // A key must never escape the store's root ("../../etc/passwd").
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException("Invalid file key.", nameof(key));
    }

    private static string Sanitize(string folder) =>
        string.Concat(folder.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}
