// kernel k65b_einsum
@group(0) @binding(0) var<storage, read> t374: array<f32>;
@group(0) @binding(1) var<storage, read> t370: array<f32>;
@group(0) @binding(2) var<storage, read> t110: array<f32>;
@group(0) @binding(3) var<storage, read> t115: array<f32>;
@group(0) @binding(4) var<storage, read> t114: array<f32>;
@group(0) @binding(5) var<storage, read> t112: array<f32>;
@group(0) @binding(6) var<storage, read_write> t381: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k65b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x374: f32 = t374[i];
  let x370: f32 = t370[i];
  let l110: f32 = t110[i];
  let v375: f32 = x370 * l110;
  let l115: f32 = t115[i];
  let v376: f32 = v375 * l115;
  let l114: f32 = t114[i];
  let v377: f32 = v376 / l114;
  let v378: f32 = -v377;
  let l112: f32 = t112[i];
  let v379: f32 = v378 * l112;
  let v380: f32 = -v379;
  let v381: f32 = x374 + v380;
  t381[i] = v381;
}
