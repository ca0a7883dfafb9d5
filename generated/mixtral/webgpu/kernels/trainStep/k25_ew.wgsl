// kernel k25_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t175: array<f32>;
@group(0) @binding(1) var<storage, read_write> t176: array<f32>;
@group(0) @binding(2) var<storage, read_write> t177: array<f32>;
@group(0) @binding(3) var<storage, read> t178: array<f32>;
@group(0) @binding(4) var<storage, read_write> t179: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l175: f32 = t175[i];
  let v176: f32 = 1.0f / (1.0f + exp(min(-l175, 88.0f)));
  t176[i] = v176;
  let v177: f32 = l175 * v176;
  t177[i] = v177;
  let l178: f32 = t178[i];
  let v179: f32 = v177 * l178;
  t179[i] = v179;
}
