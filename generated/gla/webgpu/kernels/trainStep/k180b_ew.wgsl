// kernel k180b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t919: array<f32>;
@group(0) @binding(3) var<storage, read> t930: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t936: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2: f32 = p_layers_0_attn_wq_w[i];
  let l931: f32 = t875[0i];
  let v932: f32 = l2 * l931;
  let x919: f32 = t919[i];
  let x930: f32 = t930[i];
  let v933: f32 = x919 / x930;
  let l934: f32 = t849[0i];
  let v935: f32 = v933 * l934;
  let v936: f32 = v932 - v935;
  t936[i] = v936;
}
