// kernel k32b_ew
@group(0) @binding(0) var<storage, read> p_emb: array<f32>;
@group(0) @binding(1) var<storage, read> t204: array<f32>;
@group(0) @binding(2) var<storage, read> t189: array<f32>;
@group(0) @binding(3) var<storage, read> t201: array<f32>;
@group(0) @binding(4) var<storage, read> t178: array<f32>;
@group(0) @binding(5) var<storage, read_write> t212: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k32b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_emb[i];
  let l206: f32 = t204[0i];
  let v207: f32 = l0 * l206;
  let x189: f32 = t189[i];
  let x201: f32 = t201[i];
  let v208: f32 = x189 / x201;
  let l210: f32 = t178[0i];
  let v211: f32 = v208 * l210;
  let v212: f32 = v207 - v211;
  t212[i] = v212;
}
