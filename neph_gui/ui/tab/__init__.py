"""ui/tab"""
