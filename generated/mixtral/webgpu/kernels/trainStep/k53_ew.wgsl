// kernel k53_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t308: array<f32>;
@group(0) @binding(1) var<storage, read_write> t309: array<f32>;
@group(0) @binding(2) var<storage, read_write> t310: array<f32>;
@group(0) @binding(3) var<storage, read> t311: array<f32>;
@group(0) @binding(4) var<storage, read_write> t312: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k53_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l308: f32 = t308[i];
  let v309: f32 = 1.0f / (1.0f + exp(min(-l308, 88.0f)));
  t309[i] = v309;
  let v310: f32 = l308 * v309;
  t310[i] = v310;
  let l311: f32 = t311[i];
  let v312: f32 = v310 * l311;
  t312[i] = v312;
}
