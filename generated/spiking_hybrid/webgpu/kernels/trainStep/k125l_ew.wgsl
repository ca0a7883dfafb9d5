// kernel k125l_ew
@group(0) @binding(0) var<storage, read> p_layers_0_ffn2_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t687: array<f32>;
@group(0) @binding(2) var<storage, read> t1033: array<f32>;
@group(0) @binding(3) var<storage, read> t1040: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1044: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_layers_0_ffn2_w2_w[i];
  let l879: f32 = t687[0i];
  let v1041: f32 = l18 * l879;
  let x1033: f32 = t1033[i];
  let x1040: f32 = t1040[i];
  let v1042: f32 = x1033 / x1040;
  let l882: f32 = t661[0i];
  let v1043: f32 = v1042 * l882;
  let v1044: f32 = v1041 - v1043;
  t1044[i] = v1044;
}
