"""The station manager's dashboard (报表): its state and models."""
