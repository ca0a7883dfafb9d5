// kernel k114g_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wk_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t877: array<f32>;
@group(0) @binding(2) var<storage, read> t710: array<f32>;
@group(0) @binding(3) var<storage, read_write> t879: array<f32>;
@group(0) @binding(4) var<storage, read> t466: array<f32>;
@group(0) @binding(5) var<storage, read> t701: array<f32>;
@group(0) @binding(6) var<storage, read_write> t880: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l7: f32 = p_blocks_0_attn_wk_alpha[i];
    let x877: f32 = t877[i];
    let l795: f32 = t710[0i];
    let v878: f32 = x877 * l795;
    let v879: f32 = l7 - v878;
    t879[i] = v879;
    let l467: f32 = t466[i];
    let l772: f32 = t701[0i];
    let v880: f32 = l467 * l772;
    t880[i] = v880;
  }
}
