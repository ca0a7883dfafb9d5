// kernel k24b_ew
@group(0) @binding(0) var<storage, read> p_first_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t820: array<f32>;
@group(0) @binding(2) var<storage, read> t837: array<f32>;
@group(0) @binding(3) var<storage, read> t848: array<f32>;
@group(0) @binding(4) var<storage, read> t794: array<f32>;
@group(0) @binding(5) var<storage, read_write> t854: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k24b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1: f32 = p_first_fc_w[i];
  let l849: f32 = t820[0i];
  let v850: f32 = l1 * l849;
  let x837: f32 = t837[i];
  let x848: f32 = t848[i];
  let v851: f32 = x837 / x848;
  let l852: f32 = t794[0i];
  let v853: f32 = v851 * l852;
  let v854: f32 = v850 - v853;
  t854[i] = v854;
}
