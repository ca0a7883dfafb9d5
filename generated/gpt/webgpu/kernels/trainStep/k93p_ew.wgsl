// kernel k93p_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t671: array<f32>;
@group(0) @binding(2) var<storage, read> t1099: array<f32>;
@group(0) @binding(3) var<storage, read> t1106: array<f32>;
@group(0) @binding(4) var<storage, read> t645: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1110: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l24: f32 = p_blocks_1_attn_wv_w[i];
  let l700: f32 = t671[0i];
  let v1107: f32 = l24 * l700;
  let x1099: f32 = t1099[i];
  let x1106: f32 = t1106[i];
  let v1108: f32 = x1099 / x1106;
  let l703: f32 = t645[0i];
  let v1109: f32 = v1108 * l703;
  let v1110: f32 = v1107 - v1109;
  t1110[i] = v1110;
}
