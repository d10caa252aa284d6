"""Nightly CRM to Books sync: reads contacts and invoices."""
import requests

SCOPES = "ZohoCRM.modules.contacts.READ,ZohoCRM.modules.ALL"
AUTHORIZE = "https://accounts.zoho.com/oauth/v2/auth?response_type=code&scope=ZohoBooks.invoices.READ%2CZohoBooks.settings.ALL"


def log(message):
    print("ZohoCRM.modules sync:", message)
