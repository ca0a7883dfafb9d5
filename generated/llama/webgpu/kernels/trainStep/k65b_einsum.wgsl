// kernel k65b_einsum
@group(0) @binding(0) var<storage, read> t372: array<f32>;
@group(0) @binding(1) var<storage, read> t368: array<f32>;
@group(0) @binding(2) var<storage, read> t108: array<f32>;
@group(0) @binding(3) var<storage, read> t113: array<f32>;
@group(0) @binding(4) var<storage, read> t112: array<f32>;
@group(0) @binding(5) var<storage, read> t110: array<f32>;
@group(0) @binding(6) var<storage, read_write> t379: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k65b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x372: f32 = t372[i];
  let x368: f32 = t368[i];
  let l108: f32 = t108[i];
  let v373: f32 = x368 * l108;
  let l113: f32 = t113[i];
  let v374: f32 = v373 * l113;
  let l112: f32 = t112[i];
  let v375: f32 = v374 / l112;
  let v376: f32 = -v375;
  let l110: f32 = t110[i];
  let v377: f32 = v376 * l110;
  let v378: f32 = -v377;
  let v379: f32 = x372 + v378;
  t379[i] = v379;
}
