// kernel k63b_einsum
@group(0) @binding(0) var<storage, read> t371: array<f32>;
@group(0) @binding(1) var<storage, read> t367: array<f32>;
@group(0) @binding(2) var<storage, read> t109: array<f32>;
@group(0) @binding(3) var<storage, read> t114: array<f32>;
@group(0) @binding(4) var<storage, read> t113: array<f32>;
@group(0) @binding(5) var<storage, read> t111: array<f32>;
@group(0) @binding(6) var<storage, read_write> t378: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k63b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x371: f32 = t371[i];
  let x367: f32 = t367[i];
  let l109: f32 = t109[i];
  let v372: f32 = x367 * l109;
  let l114: f32 = t114[i];
  let v373: f32 = v372 * l114;
  let l113: f32 = t113[i];
  let v374: f32 = v373 / l113;
  let v375: f32 = -v374;
  let l111: f32 = t111[i];
  let v376: f32 = v375 * l111;
  let v377: f32 = -v376;
  let v378: f32 = x371 + v377;
  t378[i] = v378;
}
