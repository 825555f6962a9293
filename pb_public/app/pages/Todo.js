// 我的待办 (图4-3 / 图5-2): 我的申请 and 待我审批.
import { ref } from 'vue'
import { route, setQuery } from '../router.js'
import { session, isReviewer } from '../store.js'
import ApplicationList from '../components/ApplicationList.js'

export default {
  name: 'TodoPage',
  components: { ApplicationList },
  setup() {
    const tab = ref(route.query.tab === 'review' || (route.query.tab !== 'mine' && isReviewer(session.user) && !session.user.enterprise) ? 'review' : 'mine')
    const counts = ref({})
    const change = (t) => setQuery({ tab: t })
    return { tab, counts, change }
  },
  template: `
  <div class="panel" data-test="todo">
    <el-tabs v-model="tab" @tab-change="change">
      <el-tab-pane name="mine" label="我的申请" lazy><application-list box="mine" /></el-tab-pane>
      <el-tab-pane name="review" label="待我审批" lazy><application-list box="review" /></el-tab-pane>
    </el-tabs>
  </div>`,
}
