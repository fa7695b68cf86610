from networks.models.organisations import Organisation

__all__ = ["Organisation"]
