// kernel k63b_einsum
@group(0) @binding(0) var<storage, read> t369: array<f32>;
@group(0) @binding(1) var<storage, read> t365: array<f32>;
@group(0) @binding(2) var<storage, read> t107: array<f32>;
@group(0) @binding(3) var<storage, read> t112: array<f32>;
@group(0) @binding(4) var<storage, read> t111: array<f32>;
@group(0) @binding(5) var<storage, read> t109: array<f32>;
@group(0) @binding(6) var<storage, read_write> t376: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k63b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x369: f32 = t369[i];
  let x365: f32 = t365[i];
  let l107: f32 = t107[i];
  let v370: f32 = x365 * l107;
  let l112: f32 = t112[i];
  let v371: f32 = v370 * l112;
  let l111: f32 = t111[i];
  let v372: f32 = v371 / l111;
  let v373: f32 = -v372;
  let l109: f32 = t109[i];
  let v374: f32 = v373 * l109;
  let v375: f32 = -v374;
  let v376: f32 = x369 + v375;
  t376[i] = v376;
}
