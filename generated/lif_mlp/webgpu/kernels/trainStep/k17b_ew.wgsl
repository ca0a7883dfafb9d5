// kernel k17b_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t72: array<f32>;
@group(0) @binding(1) var<storage, read_write> t78: array<f32>;
@group(0) @binding(2) var<storage, read> t85: array<f32>;
@group(0) @binding(3) var<storage, read_write> t91: array<f32>;
@group(0) @binding(4) var<storage, read> t98: array<f32>;
@group(0) @binding(5) var<storage, read_write> t104: array<f32>;
@group(0) @binding(6) var<storage, read> t111: array<f32>;
@group(0) @binding(7) var<storage, read_write> t117: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l72: f32 = t72[i];
  let v75: f32 = l72 * 3.1415927f;
  let v76: f32 = v75 * v75;
  let v77: f32 = 1.0f + v76;
  let v78: f32 = 1.0f / v77;
  t78[i] = v78;
  let l85: f32 = t85[i];
  let v88: f32 = l85 * 3.1415927f;
  let v89: f32 = v88 * v88;
  let v90: f32 = 1.0f + v89;
  let v91: f32 = 1.0f / v90;
  t91[i] = v91;
  let l98: f32 = t98[i];
  let v101: f32 = l98 * 3.1415927f;
  let v102: f32 = v101 * v101;
  let v103: f32 = 1.0f + v102;
  let v104: f32 = 1.0f / v103;
  t104[i] = v104;
  let l111: f32 = t111[i];
  let v114: f32 = l111 * 3.1415927f;
  let v115: f32 = v114 * v114;
  let v116: f32 = 1.0f + v115;
  let v117: f32 = 1.0f / v116;
  t117[i] = v117;
}
