// 我的待办 (图4-3 / 图5-2): 我的申请 and 待我审批. Each tab shows only for
// whom it can hold anything: platform staff apply for nothing (their menu
// entry reads 待我审批), tenant users who review nothing see no 待我审批.
import { ref, computed } from 'vue'
import { route, setQuery } from '../router.js'
import { session, isReviewer } from '../store.js'
import ApplicationList from '../components/ApplicationList.js'

export default {
  name: 'TodoPage',
  components: { ApplicationList },
  setup() {
    const mine = computed(() => !!session.user?.enterprise)
    const review = computed(() => isReviewer(session.user))
    const initial = route.query.tab === 'review' && review.value ? 'review' : route.query.tab === 'mine' && mine.value ? 'mine' : mine.value ? 'mine' : 'review'
    const tab = ref(initial)
    const change = (t) => setQuery({ tab: t })
    return { tab, change, mine, review }
  },
  template: `
  <div class="panel" data-test="todo">
    <el-tabs v-if="mine && review" v-model="tab" @tab-change="change">
      <el-tab-pane name="mine" label="我的申请" lazy><application-list box="mine" /></el-tab-pane>
      <el-tab-pane name="review" label="待我审批" lazy><application-list box="review" /></el-tab-pane>
    </el-tabs>
    <template v-else-if="mine"><div class="panel-title"><h3>我的申请</h3></div><application-list box="mine" /></template>
    <template v-else><div class="panel-title"><h3>待我审批</h3></div><application-list box="review" /></template>
  </div>`,
}
