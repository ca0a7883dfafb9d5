// kernel k196b_ew
@group(0) @binding(0) var<storage, read> p_wte_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1021: array<f32>;
@group(0) @binding(2) var<storage, read> t1006: array<f32>;
@group(0) @binding(3) var<storage, read> t1018: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1029: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k196b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_wte_w[i];
  let l1023: f32 = t1021[0i];
  let v1024: f32 = l0 * l1023;
  let x1006: f32 = t1006[i];
  let x1018: f32 = t1018[i];
  let v1025: f32 = x1006 / x1018;
  let l1027: f32 = t995[0i];
  let v1028: f32 = v1025 * l1027;
  let v1029: f32 = v1024 - v1028;
  t1029[i] = v1029;
}
