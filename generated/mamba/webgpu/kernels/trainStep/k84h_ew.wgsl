// kernel k84h_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t597: array<f32>;
@group(0) @binding(2) var<storage, read> t1032: array<f32>;
@group(0) @binding(3) var<storage, read> t1039: array<f32>;
@group(0) @binding(4) var<storage, read> t571: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1043: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k84h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l22: f32 = p_head_w[i];
  let l653: f32 = t597[0i];
  let v1040: f32 = l22 * l653;
  let x1032: f32 = t1032[i];
  let x1039: f32 = t1039[i];
  let v1041: f32 = x1032 / x1039;
  let l656: f32 = t571[0i];
  let v1042: f32 = v1041 * l656;
  let v1043: f32 = v1040 - v1042;
  t1043[i] = v1043;
}
