// kernel k2e_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t137: array<f32>;
@group(0) @binding(1) var<storage, read_write> t139: array<f32>;
@group(0) @binding(2) var<storage, read> t136: array<f32>;
@group(0) @binding(3) var<storage, read> t13: array<f32>;
@group(0) @binding(4) var<storage, read_write> t150: array<f32>;
@group(0) @binding(5) var<storage, read_write> t152: array<f32>;
@group(0) @binding(6) var<storage, read_write> t162: array<f32>;
@group(0) @binding(7) var<storage, read_write> t163: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k2e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x137: f32 = t137[i];
  let v138: bool = x137 > 0.0f;
  let v139: f32 = f32(v138);
  t139[i] = v139;
  let x136: f32 = t136[i];
  let v145: f32 = 0.9f * x136;
  let l147: f32 = t13[1280i + i / 128i * 2048i + i % 128i];
  let v148: f32 = v145 + l147;
  let v149: f32 = v148 - v139;
  let v150: f32 = v149 - 1.0f;
  t150[i] = v150;
  let v151: bool = v150 > 0.0f;
  let v152: f32 = f32(v151);
  t152[i] = v152;
  let v158: f32 = 0.9f * v149;
  let l160: f32 = t13[1408i + i / 128i * 2048i + i % 128i];
  let v161: f32 = v158 + l160;
  let v162: f32 = v161 - v152;
  t162[i] = v162;
  let v163: f32 = v162 - 1.0f;
  t163[i] = v163;
}
