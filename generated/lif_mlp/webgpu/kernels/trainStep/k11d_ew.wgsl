// kernel k11d_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t386: array<f32>;
@group(0) @binding(1) var<storage, read_write> t392: array<f32>;
@group(0) @binding(2) var<storage, read> t399: array<f32>;
@group(0) @binding(3) var<storage, read_write> t405: array<f32>;
@group(0) @binding(4) var<storage, read> t412: array<f32>;
@group(0) @binding(5) var<storage, read_write> t418: array<f32>;
@group(0) @binding(6) var<storage, read> t425: array<f32>;
@group(0) @binding(7) var<storage, read_write> t431: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l386: f32 = t386[i];
  let v389: f32 = l386 * 3.1415927f;
  let v390: f32 = v389 * v389;
  let v391: f32 = 1.0f + v390;
  let v392: f32 = 1.0f / v391;
  t392[i] = v392;
  let l399: f32 = t399[i];
  let v402: f32 = l399 * 3.1415927f;
  let v403: f32 = v402 * v402;
  let v404: f32 = 1.0f + v403;
  let v405: f32 = 1.0f / v404;
  t405[i] = v405;
  let l412: f32 = t412[i];
  let v415: f32 = l412 * 3.1415927f;
  let v416: f32 = v415 * v415;
  let v417: f32 = 1.0f + v416;
  let v418: f32 = 1.0f / v417;
  t418[i] = v418;
  let l425: f32 = t425[i];
  let v428: f32 = l425 * 3.1415927f;
  let v429: f32 = v428 * v428;
  let v430: f32 = 1.0f + v429;
  let v431: f32 = 1.0f / v430;
  t431[i] = v431;
}
