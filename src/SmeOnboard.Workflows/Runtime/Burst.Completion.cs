namespace SmeOnboard.Workflows.Runtime;

// This part of the burst: settling, finishing and the bookmarks the instance waits on.
internal sealed partial class Burst
{
    private void Settle()
    {
        if (_bookmarks.Count > 0)
        {
            _status = WorkflowStatus.Suspended;
            return;
        }
        Finish();
    }

    private void Finish()
    {
        ClearAllWork();
        _status = WorkflowStatus.Finished;
        Journal(JournalKind.Finished);
    }

    private void ClearAllWork()
    {
        _queue.Clear();
        _tokens.Clear();
        _guards.Clear();
        foreach (var bookmark in _bookmarks.ToList())
            RemoveBookmark(bookmark);
        _faultedActivityId = null;
    }

    private void AddBookmark(Bookmark bookmark)
    {
        _bookmarks.Add(bookmark);
        _created.Add(bookmark);
    }

    private void RemoveBookmark(Bookmark bookmark)
    {
        _bookmarks.RemoveAll(b => b.Id == bookmark.Id);
        _removed.Add(bookmark.Id);
    }

    private void RestoreBookmark(Bookmark bookmark)
    {
        _bookmarks.Add(bookmark);
        _removed.Remove(bookmark.Id);
    }
}
