namespace Shop.Legacy;

public sealed record Invoice(string Number, decimal Total)
{
    public string Describe() => $"{Number}: {Total:F2}";
}
