"""Small reusable widgets: cards, status lights, banners and charts."""
