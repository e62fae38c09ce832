using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dashboard.Data.Configurations;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as UTC ticks. SQLite has no date type and EF cannot order or
/// compare DateTimeOffset text there; an integer orders correctly and reads back as UTC.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
