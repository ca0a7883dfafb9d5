// kernel k124j_ew
@group(0) @binding(0) var<storage, read> p_layers_0_local_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t687: array<f32>;
@group(0) @binding(2) var<storage, read> t906: array<f32>;
@group(0) @binding(3) var<storage, read> t913: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read_write> t917: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_layers_0_local_wq_w[i];
  let l743: f32 = t687[0i];
  let v914: f32 = l11 * l743;
  let x906: f32 = t906[i];
  let x913: f32 = t913[i];
  let v915: f32 = x906 / x913;
  let l746: f32 = t661[0i];
  let v916: f32 = v915 * l746;
  let v917: f32 = v914 - v916;
  t917[i] = v917;
}
