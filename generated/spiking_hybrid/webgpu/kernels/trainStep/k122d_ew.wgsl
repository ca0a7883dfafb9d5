// kernel k122d_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t687: array<f32>;
@group(0) @binding(2) var<storage, read> t1069: array<f32>;
@group(0) @binding(3) var<storage, read> t1080: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1086: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k122d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_head_w[i];
  let l1081: f32 = t687[0i];
  let v1082: f32 = l20 * l1081;
  let x1069: f32 = t1069[i];
  let x1080: f32 = t1080[i];
  let v1083: f32 = x1069 / x1080;
  let l1084: f32 = t661[0i];
  let v1085: f32 = v1083 * l1084;
  let v1086: f32 = v1082 - v1085;
  t1086[i] = v1086;
}
