// kernel k2d_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t111: array<f32>;
@group(0) @binding(1) var<storage, read_write> t113: array<f32>;
@group(0) @binding(2) var<storage, read> t110: array<f32>;
@group(0) @binding(3) var<storage, read> t13: array<f32>;
@group(0) @binding(4) var<storage, read_write> t124: array<f32>;
@group(0) @binding(5) var<storage, read_write> t126: array<f32>;
@group(0) @binding(6) var<storage, read_write> t136: array<f32>;
@group(0) @binding(7) var<storage, read_write> t137: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k2d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x111: f32 = t111[i];
  let v112: bool = x111 > 0.0f;
  let v113: f32 = f32(v112);
  t113[i] = v113;
  let x110: f32 = t110[i];
  let v119: f32 = 0.9f * x110;
  let l121: f32 = t13[1024i + i / 128i * 2048i + i % 128i];
  let v122: f32 = v119 + l121;
  let v123: f32 = v122 - v113;
  let v124: f32 = v123 - 1.0f;
  t124[i] = v124;
  let v125: bool = v124 > 0.0f;
  let v126: f32 = f32(v125);
  t126[i] = v126;
  let v132: f32 = 0.9f * v123;
  let l134: f32 = t13[1152i + i / 128i * 2048i + i % 128i];
  let v135: f32 = v132 + l134;
  let v136: f32 = v135 - v126;
  t136[i] = v136;
  let v137: f32 = v136 - 1.0f;
  t137[i] = v137;
}
