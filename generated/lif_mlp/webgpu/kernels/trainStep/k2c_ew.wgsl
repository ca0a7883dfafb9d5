// kernel k2c_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t85: array<f32>;
@group(0) @binding(1) var<storage, read_write> t87: array<f32>;
@group(0) @binding(2) var<storage, read> t84: array<f32>;
@group(0) @binding(3) var<storage, read> t13: array<f32>;
@group(0) @binding(4) var<storage, read_write> t98: array<f32>;
@group(0) @binding(5) var<storage, read_write> t100: array<f32>;
@group(0) @binding(6) var<storage, read_write> t110: array<f32>;
@group(0) @binding(7) var<storage, read_write> t111: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k2c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x85: f32 = t85[i];
  let v86: bool = x85 > 0.0f;
  let v87: f32 = f32(v86);
  t87[i] = v87;
  let x84: f32 = t84[i];
  let v93: f32 = 0.9f * x84;
  let l95: f32 = t13[768i + i / 128i * 2048i + i % 128i];
  let v96: f32 = v93 + l95;
  let v97: f32 = v96 - v87;
  let v98: f32 = v97 - 1.0f;
  t98[i] = v98;
  let v99: bool = v98 > 0.0f;
  let v100: f32 = f32(v99);
  t100[i] = v100;
  let v106: f32 = 0.9f * v97;
  let l108: f32 = t13[896i + i / 128i * 2048i + i % 128i];
  let v109: f32 = v106 + l108;
  let v110: f32 = v109 - v100;
  t110[i] = v110;
  let v111: f32 = v110 - 1.0f;
  t111[i] = v111;
}
