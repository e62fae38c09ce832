using Microsoft.Extensions.Options;

namespace Dashboard.Data.Auditing;

/// <summary>
/// A sentence per wrong <c>Dashboard:Audit</c> setting, at start: a retention under a day would delete what an
/// investigator needs before anyone could look, and a batch of zero would delete nothing.
/// </summary>
public sealed class AuditOptionsValidator : IValidateOptions<AuditOptions>
{
    private const string Section = AuditOptions.Section;

    public const int LargestBatch = 100_000;

    public ValidateOptionsResult Validate(string? name, AuditOptions options)
    {
        string?[] checks =
        [
            options.Retention < TimeSpan.FromDays(1)
                ? $"{Section}:Retention must be at least one day, such as '90.00:00:00' (90 days); it is {options.Retention}."
                : null,
            options.RetentionBatchSize is < 1 or > LargestBatch
                ? $"{Section}:RetentionBatchSize must be a whole number from 1 to {LargestBatch}, such as 1000; it is {options.RetentionBatchSize}."
                : null,
        ];
        var failures = checks.OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
