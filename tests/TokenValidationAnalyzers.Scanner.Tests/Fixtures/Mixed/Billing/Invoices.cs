namespace Billing;

public static class Invoices
{
    public static string Prefix => "INV-";
}
