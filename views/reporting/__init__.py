"""The station manager's dashboard (报表): the page, its charts and the records dialog."""
