// kernel k145v_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ffn_mix_r: array<f32>;
@group(0) @binding(1) var<storage, read> t1332: array<f32>;
@group(0) @binding(2) var<storage, read> t1004: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1334: array<f32>;
@group(0) @binding(4) var<storage, read> t555: array<f32>;
@group(0) @binding(5) var<storage, read> t995: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1395: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145v_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l17: f32 = p_blocks_0_ffn_mix_r[i];
    let x1332: f32 = t1332[i];
    let l1063: f32 = t1004[0i];
    let v1333: f32 = x1332 * l1063;
    let v1334: f32 = l17 - v1333;
    t1334[i] = v1334;
    let l556: f32 = t555[i];
    let l1040: f32 = t995[0i];
    let v1395: f32 = l556 * l1040;
    t1395[i] = v1395;
  }
}
