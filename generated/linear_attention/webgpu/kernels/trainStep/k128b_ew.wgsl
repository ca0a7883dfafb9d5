// kernel k128b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t828: array<f32>;
@group(0) @binding(2) var<storage, read> t745: array<f32>;
@group(0) @binding(3) var<storage, read_write> t832: array<f32>;
@group(0) @binding(4) var<storage, read> t572: array<f32>;
@group(0) @binding(5) var<storage, read> t736: array<f32>;
@group(0) @binding(6) var<storage, read_write> t833: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l2: f32 = p_blocks_0_ln1_g[i];
    let x828: f32 = t828[i];
    let l830: f32 = t745[0i];
    let v831: f32 = x828 * l830;
    let v832: f32 = l2 - v831;
    t832[i] = v832;
    let l573: f32 = t572[i];
    let l807: f32 = t736[0i];
    let v833: f32 = l573 * l807;
    t833[i] = v833;
  }
}
