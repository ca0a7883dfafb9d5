// kernel k176a_scatter
@group(0) @binding(0) var<storage, read> t710: array<f32>;
@group(0) @binding(1) var<storage, read> t32: array<f32>;
@group(0) @binding(2) var<storage, read_write> t714: array<f32>;
@group(0) @binding(3) var<storage, read> t721: array<f32>;
@group(0) @binding(4) var<storage, read> t25: array<f32>;
@group(0) @binding(5) var<storage, read_write> t723: array<f32>;
@group(0) @binding(6) var<storage, read> t810: array<f32>;
@group(0) @binding(7) var<storage, read_write> t814: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k176a_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l710: f32 = t710[i];
  let l33: f32 = t32[i / 64i];
  let v714: f32 = l710 * l33;
  t714[i] = v714;
  let l722: f32 = t721[i / 64i];
  let l25: f32 = t25[i];
  let v723: f32 = l722 * l25;
  t723[i] = v723;
  let l810: f32 = t810[i];
  let v814: f32 = l810 * l33;
  t814[i] = v814;
}
